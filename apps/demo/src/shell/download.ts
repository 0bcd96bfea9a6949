/**
 * Hands a file made by core (`@samverkan/core/documents`: a calendar invitation, a CSV, open
 * data) to the browser as a download: the browser saves it under the file's own name.
 */
import type { DocumentFile } from '@samverkan/core/documents';

export function saveFile(file: DocumentFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.contentType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // After the browser has taken the file.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
