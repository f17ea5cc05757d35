// Finds the LMS's SCORM 1.2 API the way the SCORM 1.2 run-time environment describes:
// an object named API on this window or one of its parents, else on the opener's chain.

const MAX_PARENTS = 500;

/** window.API of `win`, or undefined (also when `win` is on another origin). */
function apiOf(win) {
  try {
    return win.API ?? undefined;
  } catch {
    return undefined;
  }
}

function searchParents(win) {
  for (let tries = 0; win && tries <= MAX_PARENTS; tries++) {
    const api = apiOf(win);
    if (api) return api;
    if (win.parent === win) return undefined;
    win = win.parent;
  }
  return undefined;
}

/** The SCORM 1.2 API object, or undefined when the package runs outside an LMS. */
export function findScormApi(win = window) {
  return searchParents(win) ?? (win.opener ? searchParents(win.opener) : undefined);
}
