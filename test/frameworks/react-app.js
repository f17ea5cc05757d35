// A React 19 app that renders one pekso element with the props it is given, as a React
// site would: with createElement (what JSX compiles to), props as React props, and the
// elements' custom events through React 19's `on` + event name props.
//
// React 19 (react.dev, "React DOM Components", Custom HTML elements; react-dom's
// setPropOnCustomElement): a prop whose name is `in` the element is set as a property,
// with its JavaScript value; any other prop is set as an attribute (true as "", other
// values as strings). A prop `on` + name with a function value adds a listener for the
// event of that exact name, case and dashes kept: `onpekso-toggle` hears `pekso-toggle`.
import { createElement as h, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

/** The events the elements fire. */
export const EVENTS = ['pekso-toggle', 'pekso-answer', 'pekso-complete'];

/**
 * The app: the element, and below it the last event its handler saw, kept in React state
 * (so the handler is shown to run inside React, which re-renders from it).
 */
function App({ tag, props, onEvent }) {
  const [last, setLast] = useState('');
  const handle = (event) => {
    onEvent(event.type, event.detail);
    setLast(`${event.type} ${JSON.stringify(event.detail)}`);
  };
  return h(
    'div',
    { className: 'react-app' },
    h(tag, { ...props, 'onpekso-toggle': handle, 'onpekso-answer': handle, 'onpekso-complete': handle }),
    h('output', { className: 'last-event' }, last)
  );
}

/**
 * Mounts the app in `container` with `tag` (a pekso element) and its `props`; `onEvent(type,
 * detail)` is called by the app's handlers. Rendering is synchronous (flushSync), so the
 * element is in the page when this returns. `update(props)` renders again with new props.
 * @param {Element} container
 * @param {string} tag
 * @param {Record<string, unknown>} props
 * @param {(type: string, detail: unknown) => void} [onEvent]
 */
export function mountReact(container, tag, props, onEvent = () => {}) {
  const root = createRoot(container);
  const render = (next) => flushSync(() => root.render(h(App, { tag, props: next, onEvent })));
  render(props);
  return {
    element: container.querySelector(tag),
    /** @param {Record<string, unknown>} next */
    update: async (next) => render(next),
    unmount: () => root.unmount(),
  };
}

globalThis.mountReact = mountReact;
