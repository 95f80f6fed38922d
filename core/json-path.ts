/**
 * Renders a zod issue path the way a person reads JSON: `areas[3].levels[4].text.fi`.
 * An empty path is the document itself, written `$`.
 */
export const jsonPath = (path: readonly PropertyKey[]): string => {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$-]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || '$';
};
