/** Every write runs under the document lock, so two coordinators never interleave their writes. */
import { ItaError } from '../core/errors';

export function withDocumentLock<T>(fn: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(30_000)) {
    throw new ItaError('มีผู้อื่นกำลังสร้างการวิเคราะห์ในไฟล์นี้ โปรดลองอีกครั้งในอีกสักครู่', 'Someone else is generating in this file; please try again shortly');
  }
  try {
    return fn();
  } finally {
    lock.releaseLock();
  }
}
