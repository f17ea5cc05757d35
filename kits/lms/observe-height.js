// Calls onChange(height) with the height of `element` in whole CSS pixels, now and
// whenever it changes: a panel opens or closes, a font arrives, the frame gets narrower.
export function observeHeight(element, onChange) {
  let last;
  const measure = () => {
    const height = Math.ceil(element.getBoundingClientRect().height);
    if (height !== last) onChange((last = height));
  };
  new ResizeObserver(measure).observe(element);
  measure();
}
