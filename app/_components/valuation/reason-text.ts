/** Some reasons open with their own label ("Windscreen missing: …"); where the label is already shown, it goes. */
export function reasonWithoutLabel(reason: string, label: string): string {
  return reason.startsWith(`${label}: `)
    ? reason.slice(label.length + 2).replace(/^./, (c) => c.toUpperCase())
    : reason;
}

type Origin = { basis: "source" | "market" | "estimate"; source?: string; sourceFact?: string };

/** "Our estimate", "From the article: …" or "Market data: …", so a reader can tell a sourced figure from ours. */
export function originText(origin: Origin): string {
  if (origin.basis === "estimate")
    return origin.sourceFact
      ? `Our estimate. It leans on: ${origin.sourceFact}.`
      : "Our estimate: the sources give no figure for this.";
  if (origin.basis === "source")
    return `From ${origin.source?.replace(/^The /, "the ") ?? "a source text"}: ${origin.sourceFact ?? ""}.`;
  return origin.sourceFact
    ? `Market data: ${origin.sourceFact}.`
    : `Market data: ${origin.source ?? "recorded sales"}.`;
}
