import path from "node:path";
import { displayPath } from "../compiler/directories.ts";

/** What a command needs from the outside world, so tests can run commands in-process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  /** Whether stdout is an interactive terminal (colour of what goes there, progress). */
  isTty: boolean;
  /** Whether stderr is one: colour of the diagnostics written there. */
  stderrIsTty: boolean;
  env: Record<string, string | undefined>;
}

/** Interrupted with Ctrl-C (128 + SIGINT). */
export const EXIT_INTERRUPTED = 130;
/** Stopped by SIGTERM (128 + 15), as a CI runner cancelling or timing out a job sends. */
export const EXIT_TERMINATED = 143;
/** Stopped by SIGHUP (128 + 1): the terminal or the SSH session that ran seg went away. */
export const EXIT_HANGUP = 129;
/** Exit status of a command whose reader went away (128 + SIGPIPE), as `git log | head` gives. */
export const EXIT_BROKEN_PIPE = 141;

export function defaultIo(): CliIo {
  // `seg compile … | head`: once the reader has closed the pipe, stop quietly, as shell
  // tools do, instead of an unhandled EPIPE error and its stack.
  for (const stream of [process.stdout, process.stderr]) {
    stream.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE") process.exit(EXIT_BROKEN_PIPE);
      // A full disk or a closed descriptor: one line, no stack (stderr may be the broken one).
      if (stream === process.stdout) process.stderr.write(`seg: cannot write the output: ${fileErrorReason(error) ?? error.message}\n`);
      process.exit(EXIT_USAGE);
    });
  }
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    isTty: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    stderrIsTty: Boolean(process.stderr.isTTY) && !process.env.NO_COLOR,
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

/** What the file system said, in words (`--out` into a read-only directory, a full disk). */
const FILE_ERRORS: Record<string, string> = {
  ENOENT: "no such file or directory",
  ENOTDIR: "a part of the path is a file, not a directory",
  EISDIR: "it is a directory",
  // mkdir -p meeting a file where a folder of the path should be
  EEXIST: "a file is there, where a directory is needed",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EROFS: "read-only file system",
  ENOSPC: "no space left on device",
  EDQUOT: "disk quota exceeded",
  ELOOP: "too many symbolic links (a loop?)",
  ENAMETOOLONG: "file name too long",
  EMFILE: "too many open files",
};

/** What a file-system error says, in words; undefined for any other error. */
function fileErrorReason(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === "string" ? FILE_ERRORS[code] : undefined;
}

/**
 * One line for a file-system error (not a bug of seg): "cannot write out/x.sql: …", the
 * file named relative to `cwd` as everywhere in the CLI (absolute outside it).
 */
export function describeFileError(error: unknown, cwd: string): string | undefined {
  const reason = fileErrorReason(error);
  if (!reason) return undefined;
  const e = error as NodeJS.ErrnoException;
  if (typeof e.path !== "string") return e.syscall === "write" ? `cannot write: ${reason}` : undefined;
  const verb = e.syscall === "open" || e.syscall === "stat" || e.syscall === "lstat" || e.syscall === "scandir" ? "access" : e.syscall === "mkdir" ? "create" : "write";
  return `cannot ${verb} ${displayPath(path.resolve(cwd, e.path), cwd)}: ${reason}`;
}
