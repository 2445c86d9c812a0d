/** `titlevi.deadline-breached.v1` → `TitleVIDeadlineBreachedData`: the payload type's name. */
export function payloadTypeName(eventType: string): string {
  const words = eventType.replace(/\.v\d+$/, '').split(/[.-]/);
  const pascal = words.map((word) =>
    word === 'titlevi' ? 'TitleVI' : word.charAt(0).toUpperCase() + word.slice(1),
  );
  return `${pascal.join('')}Data`;
}
