import { Route, Routes } from 'react-router-dom';

import { Layout } from './components/Layout';
import { LiveProvider } from './components/Live';
import { Board } from './views/board/Board';
import { ClaimsPage } from './views/ClaimsPage';
import { EntityPage } from './views/entity/EntityPage';
import { EpisodePage } from './views/episode/EpisodePage';
import { NotFound } from './views/NotFound';
import { Overview } from './views/overview/Overview';
import { PersonPage } from './views/person/PersonPage';
import { PredictionPage } from './views/prediction/PredictionPage';
import { SearchPage } from './views/SearchPage';

/** Every path here is also answered by the service (src/http/dashboard.ts), so links survive a reload. */
export function App() {
  return (
    <LiveProvider>
      <Layout>
        <Routes>
          <Route path="/" element={<Overview />} />
          <Route path="/predictions" element={<Board />} />
          <Route path="/predictions/:id" element={<PredictionPage />} />
          <Route path="/people/:id" element={<PersonPage />} />
          <Route path="/entities/:id" element={<EntityPage />} />
          <Route path="/episodes/:id" element={<EpisodePage />} />
          <Route path="/claims" element={<ClaimsPage />} />
          <Route path="/search" element={<SearchPage />} />
          <Route path="*" element={<NotFound />} />
        </Routes>
      </Layout>
    </LiveProvider>
  );
}
