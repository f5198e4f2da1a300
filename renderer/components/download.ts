/**
 * Saves JSON as a file through the page's download (Electron shows its save dialog; the browser
 * its downloads). Two-space indentation: the files are meant to be read, too.
 */
export function downloadJson(fileName: string, value: unknown) {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
