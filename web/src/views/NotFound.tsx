import { Link } from 'react-router-dom';

export function NotFound() {
  return (
    <>
      <h1>Nothing here</h1>
      <p>
        This address is not a page of the dashboard. Start from the <Link to="/">overview</Link> or
        the <Link to="/predictions">predictions</Link>.
      </p>
    </>
  );
}
