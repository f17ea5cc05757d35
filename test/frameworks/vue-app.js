// A Vue 3 app that renders one pekso element with the props it is given, as a Vue site
// would: a template compiled at build time (vue-app.vue.html), with isCustomElement set for
// the pekso- tags, props bound with v-bind and the custom events with @pekso-….
//
// Vue 3 (vuejs.org, "Vue and Web Components", Passing DOM Properties; runtime-dom's
// patchProp and shouldSetAsProp): a bound prop whose name is `in` the element is set as a
// property, with its JavaScript value; any other is set as an attribute. `.prop` and `.attr`
// force one or the other. A listener `@name` becomes an `onName` prop, and Vue listens
// for the event `name` (hyphenated back: onPeksoToggle is pekso-toggle).
import { createApp, nextTick, ref, shallowRef } from 'vue';
import { render } from './vue-app.vue.html';

/**
 * Mounts the app in `container` with `tag` (a pekso element) and its `props`; `onEvent(type,
 * detail)` is called by the app's handlers. Mounting is synchronous; `update(props)` gives
 * the app new props and resolves once Vue has patched the element (nextTick).
 * @param {Element} container
 * @param {string} tag
 * @param {Record<string, unknown>} props
 * @param {(type: string, detail: unknown) => void} [onEvent]
 */
export function mountVue(container, tag, props, onEvent = () => {}) {
  const current = shallowRef(props);
  const app = createApp({
    setup() {
      const last = ref('');
      const handle = (event) => {
        onEvent(event.type, event.detail);
        last.value = `${event.type} ${JSON.stringify(event.detail)}`;
      };
      return { tag, props: current, last, handle };
    },
    render,
  });
  app.mount(container);
  return {
    element: container.querySelector(tag),
    /** @param {Record<string, unknown>} next */
    update: async (next) => {
      current.value = next;
      await nextTick();
    },
    unmount: () => app.unmount(),
  };
}

globalThis.mountVue = mountVue;
