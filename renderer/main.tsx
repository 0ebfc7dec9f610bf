import '@fontsource-variable/noto-sans-kr';
import './styles/base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './shell/App';
import { initI18n } from './core/i18n';
import { useStore } from './core/store';

initI18n();
// The first screen is the trip list: its request goes out now, while React renders the frame around it.
if (window.proceedings) void useStore.getState().loadTrips();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
