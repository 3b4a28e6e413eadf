import react from '@vitejs/plugin-react';
import { appViteConfig } from '../../packages/ui/vite/app-config';

export default appViteConfig({ base: '/admin/', devPort: 5174, previewPort: 4174, plugins: [react()] });
