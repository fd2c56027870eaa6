// Console-wide browser code, loaded by every console page.
// <ps-editor-canvas>: the level editor's canvas mounts its pointer module (editor.js) as soon as Blazor has
// inserted it with its drawing, rather than waiting for the server to ask after the render's round trip.
customElements.define('ps-editor-canvas', class extends HTMLElement {
  connectedCallback() {
    // Blazor inserts the element before its children: the rest of the render batch lands first.
    queueMicrotask(() => import('./editor.js').then(m => { if (this.isConnected) m.mount(this); }));
  }
});
