import { organizationProfileRoute } from '../../_routes/organization-routes';

const route = organizationProfileRoute('carrier');

export const generateMetadata = route.generateMetadata;
export default route.Page;
