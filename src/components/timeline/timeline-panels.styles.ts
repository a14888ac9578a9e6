import { css } from 'lit';

/** The card and an open cluster's list: floating over the horizontal chart, or in the flow below it on a narrow screen. */
export const panelStyles = css`
  [part='card'] {
    position: absolute;
    z-index: 2;
    width: min(var(--_card-width), calc(100% - var(--_gutter)));
    overflow: auto;
    --dateline-card-max-width: 100%;
  }
  .cluster-list {
    border: 1px solid var(--_grid);
    border-radius: 4px;
    background: var(--_surface);
    padding: 10px 12px;
  }
  .cluster-list h3 {
    margin: 0 0 6px;
    font-size: 13px;
  }
  .cluster-list ul {
    margin: 0 0 8px;
    padding: 0;
    list-style: none;
  }
  .cluster-list li button,
  .cluster-list .actions button {
    display: block;
    width: 100%;
    min-height: 28px;
    padding: 4px 6px;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .cluster-list li button:hover {
    background: var(--_background);
  }
  .cluster-list .when {
    color: var(--_muted);
    font-size: 12px;
    font-variant-numeric: tabular-nums;
  }
  .cluster-list .actions {
    display: flex;
    gap: 8px;
  }
  .cluster-list .actions button {
    width: auto;
    border: 1px solid var(--_grid);
    border-radius: 4px;
  }
  .below-card {
    margin: 8px var(--_gutter) 0;
  }
  .below-card [part='card'] {
    position: static;
    width: auto;
  }
`;
