// A page's own custom element that puts a timeline inside its shadow root.
class NewsStory extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    const heading = document.createElement('h2');
    heading.textContent = 'Inside another component';
    const timeline = document.createElement('dateline-timeline');
    timeline.setAttribute('src', '../data/korea-russia-2024.csv');
    timeline.setAttribute('lanes', 'category');
    root.append(heading, timeline);
  }
}
customElements.define('news-story', NewsStory);
