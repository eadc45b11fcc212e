/** Some reasons open with their own label ("Windscreen missing: …"); where the label is already shown, it goes. */
export function reasonWithoutLabel(reason: string, label: string): string {
  return reason.startsWith(`${label}: `) ? reason.slice(label.length + 2).replace(/^./, (c) => c.toUpperCase()) : reason;
}
