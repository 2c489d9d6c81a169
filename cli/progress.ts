/**
 * Progress for long work (loading data, running many segments): a single updating line on
 * stderr when stderr is a terminal, nothing at all otherwise (CI logs, pipes).
 */
export interface Progress {
  update(message: string): void;
  done(): void;
}

export function createProgress(enabled: boolean, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!enabled || !stream.isTTY) return { update() {}, done() {} };
  let lastWidth = 0;
  let lastWrite = 0;
  return {
    update(message) {
      const now = Date.now();
      if (now - lastWrite < 80) return; // at most ~12 repaints a second
      lastWrite = now;
      const line = message.slice(0, Math.max(10, (stream.columns ?? 80) - 1));
      stream.write(`\r${line}${" ".repeat(Math.max(0, lastWidth - line.length))}`);
      lastWidth = line.length;
    },
    done() {
      if (lastWidth > 0) stream.write(`\r${" ".repeat(lastWidth)}\r`);
      lastWidth = 0;
    },
  };
}
