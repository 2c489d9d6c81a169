/**
 * Files are known to the checker by path: an absolute file-system path for `file:` URIs,
 * the URI itself for anything else (`untitled:`), so that the server's diagnostics name
 * the same files as `seg check` run on absolute paths.
 */
import { fileURLToPath, pathToFileURL } from "node:url";

export function uriToPath(uri: string): string {
  if (uri.startsWith("file:")) {
    try {
      return fileURLToPath(uri);
    } catch {
      return uri;
    }
  }
  return uri;
}

/** Whether a project path is a URI (a document that is no file), not a file-system path. */
export function isUri(path: string): boolean {
  return /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(path) && !/^[a-zA-Z]:[\\/]/.test(path);
}

export function pathToUri(path: string): string {
  return isUri(path) ? path : pathToFileURL(path).href;
}
