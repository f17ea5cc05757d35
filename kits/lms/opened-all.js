// Calls done() once the reader has opened every one of `ids` in `widget` at least once
// (by click, key, link or the "show all" button; not by a script calling show()).
export function whenAllOpened(widget, ids, done) {
  const opened = new Set();
  const onToggle = ({ detail }) => {
    if (!detail.open || !detail.user) return;
    opened.add(detail.id);
    if (ids.every((id) => opened.has(id))) {
      widget.removeEventListener('pekso-toggle', onToggle);
      done();
    }
  };
  widget.addEventListener('pekso-toggle', onToggle);
}
