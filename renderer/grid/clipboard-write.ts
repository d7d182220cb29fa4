/**
 * Putting text on the clipboard from a key press, in Electron and in the browser alike, without a
 * clipboard permission: the copy command needs a selection, so a throw-away text area holds one
 * while a copy listener replaces what is copied with our text. Focus goes back where it was.
 */
export function writeClipboardText(text: string): boolean {
  const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const holder = document.createElement('textarea');
  holder.value = ' ';
  holder.setAttribute('readonly', '');
  holder.style.position = 'fixed';
  holder.style.opacity = '0';
  holder.style.pointerEvents = 'none';
  document.body.append(holder);
  let written = false;
  const onCopy = (event: ClipboardEvent) => {
    if (event.clipboardData === null) return;
    event.clipboardData.setData('text/plain', text);
    event.preventDefault();
    written = true;
  };
  document.addEventListener('copy', onCopy, true);
  try {
    holder.select();
    document.execCommand('copy');
  } finally {
    document.removeEventListener('copy', onCopy, true);
    holder.remove();
    previous?.focus({ preventScroll: true });
  }
  return written;
}
