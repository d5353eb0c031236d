// A package refused before or while it is unpacked: too large, too compressed, or declaring a
// DTD. A UserFacingError, so the task pane shows its message as it is (errorMessage), and the
// command line names the file before it.

import { UserFacingError } from "../core/operations";

export type PackageProblem = "tooLarge" | "tooCompressed" | "dtd" | "zipEncrypted";

export class PackageError extends UserFacingError {
  /** The file refused, set by the command line to name it. */
  filePath?: string;

  constructor(
    readonly problem: PackageProblem,
    params: Record<string, string | number> = {}
  ) {
    super(`input.error.${problem}`, params);
  }
}

export function isPackageError(error: unknown): error is PackageError {
  return error instanceof PackageError;
}
