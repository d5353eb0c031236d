// activate()/select() can throw GeneralException when another workbook has the focus. They
// are queued as the LAST statements of a write batch: Office.js stops a batch at the failing
// statement with everything before it applied, so a failure located in activate or select
// means the write itself succeeded. Focus is a convenience; such a failure is ignored.

function isFocusFailure(error: unknown): boolean {
  const location = (error as { debugInfo?: { errorLocation?: unknown } } | null)?.debugInfo
    ?.errorLocation;
  return typeof location === "string" && /\.(activate|select)$/i.test(location);
}

/** context.sync() for a batch that ends with activate()/select(): their failure is not one. */
export async function syncEndingWithFocus(context: Excel.RequestContext): Promise<void> {
  try {
    await context.sync();
  } catch (error) {
    if (!isFocusFailure(error)) throw error;
  }
}
