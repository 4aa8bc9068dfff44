import { organizationProfileRoute } from '../../_routes/organization-routes';

const route = organizationProfileRoute('retailer');

export const generateMetadata = route.generateMetadata;
export default route.Page;
