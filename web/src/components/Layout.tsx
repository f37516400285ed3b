import { useEffect, useRef, type ReactNode } from 'react';
import { Link, NavLink, useLocation } from 'react-router-dom';

import { LiveStatus } from './Live';
import { SearchBox } from './SearchBox';

export function Layout({ children }: { children: ReactNode }) {
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  // A new page moves focus to its content, as a full page load would for screen readers.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [location.pathname]);

  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="top">
        <Link to="/" className="brand">
          claimgraph
        </Link>
        <nav aria-label="Main">
          <NavLink to="/" end>
            Overview
          </NavLink>
          <NavLink to="/predictions">Predictions</NavLink>
          <NavLink to="/people">People</NavLink>
          <NavLink to="/entities">Cited</NavLink>
          <NavLink to="/episodes">Episodes</NavLink>
          <NavLink to="/annotate">Annotate</NavLink>
          <a href="/graphql">API</a>
        </nav>
        <SearchBox />
      </header>
      <LiveStatus />
      <main id="main" ref={main} tabIndex={-1}>
        {children}
      </main>
      <footer className="foot">
        Built only on the public GraphQL API at <a href="/graphql">/graphql</a>.
      </footer>
    </>
  );
}
