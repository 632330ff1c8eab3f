/**
 * `rollup --packs FOLDER [--jobs N]`: each agency's own analysis workbook and report, as `analyze`
 * writes them, spread over N worker threads (default: the machine's cores), progress on stderr.
 * One agency's failure is its own line; the others are written.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Label } from '../core/errors';
import { keyOf, type AgencyRecord, type Rollup } from '../core/rollup';
import { resultFileName, uniqueName } from './file-name';
import { writeOnePack, type PackJob, type PackOutcome } from './pack-worker';
import type { RollupArgs } from './rollup-args';
import { todayHere } from './today';

export interface PacksDone {
  written: number;
  failed: number;
  folder: string;
}

export async function writePacks(records: readonly AgencyRecord[], rollup: Rollup, args: RollupArgs, say: (l: Label) => void): Promise<PacksDone> {
  const folder = args.packs!;
  const jobs = packJobs(records, rollup, args, folder);
  const threads = Math.max(1, Math.min(args.jobs ?? availableParallelism(), jobs.length));
  let done = 0;
  let failed = 0;
  const report = (o: PackOutcome) => {
    done++;
    const name = jobs[o.id].record.name;
    if (o.ok) say({ th: `จัดทำชุดเอกสาร ${done}/${jobs.length}: ${name}`, en: `Pack ${done}/${jobs.length}: ${name}` });
    else {
      failed++;
      say({ th: `จัดทำชุดเอกสารของ ${name} ไม่สำเร็จ: ${o.error.th}`, en: `The pack of ${name} failed: ${o.error.en}` });
    }
  };
  // Threads run the built dist/cli.js; under ts-jest (a .ts file) the work stays in this thread.
  if (threads === 1 || __filename.endsWith('.ts')) {
    for (const job of jobs) report(await writeOnePack(job));
  } else await inWorkers(jobs, threads, report);
  return { written: done - failed, failed, folder };
}

function packJobs(records: readonly AgencyRecord[], rollup: Rollup, args: RollupArgs, folder: string): PackJob[] {
  const earlier = new Map<string, AgencyRecord[]>();
  for (const r of records) {
    if (r.year >= rollup.year) continue;
    const key = keyOf(r);
    (earlier.get(key) ?? earlier.set(key, []).get(key)!).push(r);
  }
  const taken = new Set<string>();
  const today = todayHere();
  return rollup.ranking.map(({ agency }, id) => ({
    id,
    record: plain(agency),
    earlier: (earlier.get(keyOf(agency)) ?? []).sort((a, b) => a.year - b.year).map(plain),
    workbook: join(folder, uniqueName(resultFileName(agency.name, agency.year, 'analysis').name, taken)),
    report: join(folder, uniqueName(resultFileName(agency.name, agency.year, 'report').name, taken)),
    target: args.target,
    digits: args.digits,
    today,
  }));
}

/** Only the record's own fields cross to a worker. */
function plain(r: AgencyRecord): AgencyRecord {
  return {
    name: r.name,
    type: r.type,
    district: r.district,
    province: r.province,
    year: r.year,
    indicators: r.indicators,
    tools: r.tools,
    items: r.items,
    publishedTotal: r.publishedTotal,
    publishedLevel: r.publishedLevel,
    source: r.source,
  };
}

/**
 * Jobs a worker holds at once: while one waits on the disk (its two files written and renamed),
 * the other computes, so neither core idles.
 */
const IN_FLIGHT = 2;

/** Each worker takes the next job when it finishes one, so a slow agency holds up no other. */
function inWorkers(jobs: PackJob[], threads: number, report: (o: PackOutcome) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    let next = 0;
    let running = threads;
    for (let t = 0; t < threads; t++) {
      const worker = new Worker(__filename);
      let held = 0;
      const feed = () => {
        for (; held < IN_FLIGHT && next < jobs.length; held++) worker.postMessage(jobs[next++]);
        if (held === 0) void worker.terminate().then(() => --running === 0 && resolve());
      };
      worker.on('message', (o: PackOutcome) => {
        held--;
        report(o);
        feed();
      });
      worker.on('error', reject);
      feed();
    }
  });
}
