import react from '@vitejs/plugin-react';
import { appViteConfig } from '../../packages/ui/vite/app-config';

export default appViteConfig({ base: '/', devPort: 5173, previewPort: 4173, plugins: [react()] });
