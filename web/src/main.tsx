import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { I18nProvider } from './i18n';
import { ReadinessProvider } from './readiness';
import { SessionProvider } from './session';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <ReadinessProvider>
        <SessionProvider>
          <App />
        </SessionProvider>
      </ReadinessProvider>
    </I18nProvider>
  </StrictMode>,
);
