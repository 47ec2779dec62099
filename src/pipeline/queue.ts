/** Items handed from one producer to several consumers as they come; `next()` is undefined once closed and empty. */
export class Queue<T> {
  private readonly items: T[] = [];
  private readonly waiting: ((item: T | undefined) => void)[] = [];
  private closed = false;
  private settleFirst: (item: T | undefined) => void = () => undefined;
  /** The first item ever pushed, or undefined if the queue closed without one. */
  readonly first = new Promise<T | undefined>((resolve) => (this.settleFirst = resolve));

  push(item: T): void {
    this.settleFirst(item);
    const consumer = this.waiting.shift();
    if (consumer) consumer(item);
    else this.items.push(item);
  }

  close(): void {
    this.closed = true;
    this.settleFirst(undefined);
    for (const consumer of this.waiting.splice(0)) consumer(undefined);
  }

  next(): Promise<T | undefined> {
    if (this.items.length > 0) return Promise.resolve(this.items.shift());
    if (this.closed) return Promise.resolve(undefined);
    return new Promise((resolve) => this.waiting.push(resolve));
  }
}
