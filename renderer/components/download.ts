/**
 * Saves text as a file through a Blob and a temporary <a download>: works in browser mode and in
 * Electron (which shows its save dialog). The CSV gets a UTF-8 byte order mark so Excel reads
 * the accents right; one is added only when the content has none.
 */
export function downloadText(
  fileName: string,
  content: string,
  type = 'text/csv;charset=utf-8',
): void {
  const body =
    type.startsWith('text/csv') && !content.startsWith('\uFEFF') ? `\uFEFF${content}` : content;
  const url = URL.createObjectURL(new Blob([body], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Saves JSON as a file (Electron shows its save dialog; the browser its downloads). Two-space
 * indentation: the files are meant to be read, too.
 */
export function downloadJson(fileName: string, value: unknown) {
  downloadText(fileName, `${JSON.stringify(value, null, 2)}\n`, 'application/json');
}
