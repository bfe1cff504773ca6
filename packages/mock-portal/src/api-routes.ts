import type { ApiContext, ApiEndpoint, ApiRequest } from './api-route.js';
import { notFoundResponse, type JsonResponse } from './error-body.js';
import { getSigninOtp } from './signin-otp-get.js';
import { signInWithOtp } from './signin-with-otp.js';

interface ApiRoute {
  method: string;
  path: string;
  endpoint: ApiEndpoint;
}

const apiRoutes: readonly ApiRoute[] = [
  {
    method: 'POST',
    path: '/api/Authentication/SigninOTP/Get',
    endpoint: getSigninOtp,
  },
  {
    method: 'POST',
    path: '/api/Authentication/Signin',
    endpoint: signInWithOtp,
  },
];

/**
 * Routes an API request to the endpoint matching its method and exact path,
 * and returns that endpoint's response, or a 404 when none matches.
 */
export function routeApiRequest(
  request: ApiRequest,
  context: ApiContext,
): JsonResponse {
  const route = apiRoutes.find(
    (candidate) =>
      candidate.method === request.method && candidate.path === request.path,
  );
  if (route === undefined) {
    return notFoundResponse(request.method, request.path);
  }
  return route.endpoint(request, context);
}
