/** What a command needs from the outside world, so tests can run commands in-process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  /** Whether stdout is an interactive terminal (colour, progress). */
  isTty: boolean;
  env: Record<string, string | undefined>;
}

/** Interrupted with Ctrl-C (128 + SIGINT). */
export const EXIT_INTERRUPTED = 130;
/** Exit status of a command whose reader went away (128 + SIGPIPE), as `git log | head` gives. */
export const EXIT_BROKEN_PIPE = 141;

export function defaultIo(): CliIo {
  // `seg compile … | head`: once the reader has closed the pipe, stop quietly, as shell
  // tools do, instead of an unhandled EPIPE error and its stack.
  for (const stream of [process.stdout, process.stderr]) {
    stream.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE") throw error;
      process.exit(EXIT_BROKEN_PIPE);
    });
  }
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    isTty: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    env: process.env,
  };
}

export const EXIT_OK = 0;
/** The project has errors, a test failed, or engines disagreed. */
export const EXIT_FAILURE = 1;
/** Bad usage, unreadable paths, unknown names, unreachable databases. */
export const EXIT_USAGE = 2;

/** An expected failure: printed as one line `seg: <message>`, never with a stack. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_USAGE,
  ) {
    super(message);
  }
}
