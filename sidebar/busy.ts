/**
 * The one road of a button that asks the server: the panel's buttons off, the busy line on, the
 * call, then the answer kept (or the failure shown in the server's own words), the buttons on
 * again and the panel redrawn. Every panel runs its server calls through a Task.
 */
import { show } from './view';

/** Where a failure is shown (the alert at the top of the sidebar). */
export interface Failures {
  fail(error: unknown, retry?: () => void): void;
  clear(): void;
}

export interface TaskSpec<K extends string> {
  /** Off while the task runs, or while `ready` says no. */
  buttons: HTMLButtonElement[];
  /** The busy line (spinner and words), shown while the task runs. */
  status: HTMLElement;
  /** Where the busy words go, when they depend on the kind of work; else the line's text is fixed. */
  statusText?: HTMLElement;
  busyText?: (kind: K) => string;
  /** Whether the buttons may be used now (state loaded, no conflicting work running). */
  ready: () => boolean;
  /** Redraws the panel from its state; called when the task starts and when it ends. */
  render: () => void;
  /** Open the section holding the panel when the answer arrives (default true). */
  reveal?: boolean;
}

export interface Job<A, T> {
  /** What to send; undefined or null stops before anything is sent (the form says why). */
  read: () => A | undefined | null;
  /** The server call, and whatever is made from its answer before it is shown. */
  call: (args: A) => Promise<T>;
  /** Keeps the answer for the panel's render. */
  done: (value: T) => void;
  /** The failure offers "try again". */
  retry?: boolean;
}

export class Task<K extends string> {
  private running: K | null = null;

  constructor(
    private readonly spec: TaskSpec<K>,
    private readonly board: Tasks,
  ) {}

  /** The kind of work running, or null. */
  get kind(): K | null {
    return this.running;
  }

  get idle(): boolean {
    return this.running === null;
  }

  /** The buttons and the busy line as the task and its readiness say. */
  renderControls(): void {
    const off = !this.idle || !this.spec.ready();
    for (const button of this.spec.buttons) {
      button.disabled = off;
      button.setAttribute('aria-busy', String(!this.idle));
    }
    show(this.spec.status, !this.idle);
    if (this.spec.statusText) {
      this.spec.statusText.textContent = this.running !== null && this.spec.busyText ? this.spec.busyText(this.running) : '';
    }
  }

  run<A, T>(kind: K, job: Job<A, T>): void {
    if (!this.idle || !this.spec.ready()) return;
    const args = job.read();
    if (args === undefined || args === null) return;
    this.board.failures.clear();
    this.running = kind;
    let work: Promise<T>;
    try {
      work = job.call(args);
    } catch (error) {
      work = Promise.reject(error);
    }
    this.changed();
    // Failures are shown by the catch; nothing after it rejects.
    void work
      .then(job.done)
      .catch((error) => this.board.failures.fail(error, job.retry ? () => this.run(kind, job) : undefined))
      .then(() => {
        this.running = null;
        if (this.spec.reveal !== false) this.board.reveal(this.spec.buttons[0] ?? this.spec.status);
        this.changed();
      });
  }

  private changed(): void {
    // One task starting or ending may change whether another's buttons can be used.
    this.board.refresh();
    this.spec.render();
  }
}

/** Every task of the page, so that each one's buttons follow the others' work. */
export class Tasks {
  private readonly all: Task<string>[] = [];

  constructor(
    readonly failures: Failures,
    /** Makes the part of the page holding `node` visible (its section opens). */
    readonly reveal: (node: HTMLElement) => void = () => undefined,
  ) {}

  add<K extends string>(spec: TaskSpec<K>): Task<K> {
    const task = new Task(spec, this);
    this.all.push(task as unknown as Task<string>);
    task.renderControls();
    return task;
  }

  refresh(): void {
    for (const task of this.all) task.renderControls();
  }
}
