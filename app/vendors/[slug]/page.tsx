import { organizationProfileRoute } from '../../_routes/organization-routes';

const route = organizationProfileRoute('vendor');

export const generateMetadata = route.generateMetadata;
export default route.Page;
