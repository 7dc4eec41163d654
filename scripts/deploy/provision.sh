#!/usr/bin/env bash
# Everything a first deployment would otherwise click in a console, for one Google Cloud project
# that already exists, has billing and has Firebase added (docs/deploy.md, steps 1–2).
#   bash scripts/deploy/provision.sh <project-id>
# Safe to run again: each step either creates or leaves what is there. Needs gcloud, signed in
# as a project owner (gcloud auth login), curl, and the project's settings functions/.env.<project-id>
# (docs/deploy.md step 2); run it again whenever their APP_URL changes.
set -euo pipefail
PROJECT="${1:?usage: provision.sh <project-id>}"
REGION=asia-northeast1 # Tokyo: the job seekers and their data are in Japan

# Every host the app is served from: Hosting's two default domains, and the custom domain the
# settings' APP_URL names, if any (the address the mails link to). The browser API key accepts
# requests from these only, and Identity Platform authorises these only.
SETTINGS="$(dirname "$0")/../../functions/.env.$PROJECT"
APP_URL=$( (sed -n 's/^APP_URL=//p' "$SETTINGS" 2>/dev/null || true) | tr -d "\"'" | tail -n 1)
if [[ ! "$APP_URL" =~ ^https://[a-z0-9.-]+$ ]]; then
  echo "functions/.env.$PROJECT must set APP_URL to the app's origin, https://<host> with no path (now: \"$APP_URL\")." >&2
  exit 1
fi
HOSTS=("$PROJECT.web.app" "$PROJECT.firebaseapp.com")
[[ " ${HOSTS[*]} " == *" ${APP_URL#https://} "* ]] || HOSTS+=("${APP_URL#https://}")
# The page sends its origin alone as referrer (firebase.json's Referrer-Policy: strict-origin): https://<host>/
REFERRERS=$(printf 'https://%s/*,' "${HOSTS[@]}")
AUTHORIZED_DOMAINS=$(printf '"%s",' "${HOSTS[@]}")
# The name functions/src/platform/http.ts gives as RUNTIME_SERVICE_ACCOUNT.
SA_NAME=hellowork-functions
SA="$SA_NAME@$PROJECT.iam.gserviceaccount.com"
gc() { gcloud --project "$PROJECT" --quiet "$@"; }
say() { printf '\n== %s\n' "$*"; }

say "APIs the product and firebase deploy use"
gc services enable \
  cloudfunctions.googleapis.com run.googleapis.com cloudbuild.googleapis.com artifactregistry.googleapis.com \
  eventarc.googleapis.com pubsub.googleapis.com cloudtasks.googleapis.com \
  secretmanager.googleapis.com firestore.googleapis.com identitytoolkit.googleapis.com \
  iamcredentials.googleapis.com apikeys.googleapis.com firebasehosting.googleapis.com cloudresourcemanager.googleapis.com \
  iam.googleapis.com `# the service accounts below` logging.googleapis.com `# the undeliverable-mail alert (docs/deploy.md)`

say "The build's service account: since July 2024 Cloud Build builds functions as the default compute account"
# Organizations with secure-by-default policies leave it without Editor; the Cloud Functions docs name this role.
NUMBER=$(gc projects describe "$PROJECT" --format='value(projectNumber)')
gc projects add-iam-policy-binding "$PROJECT" --member="serviceAccount:$NUMBER-compute@developer.gserviceaccount.com" \
  --role=roles/cloudbuild.builds.builder --condition=None >/dev/null

say "Firestore (native mode) in $REGION: the location can never change afterwards"
gc firestore databases describe --database='(default)' >/dev/null 2>&1 ||
  gc firestore databases create --database='(default)' --location="$REGION" --type=firestore-native

say "The functions' own service account and the roles it needs, no more"
gc iam service-accounts describe "$SA" >/dev/null 2>&1 ||
  gc iam service-accounts create "$SA_NAME" --display-name="Hello Work My Page functions"
for role in \
  roles/datastore.user `# Firestore through the Admin SDK` \
  roles/firebaseauth.admin `# create, update and sign out Auth users` \
  roles/logging.logWriter \
  roles/cloudtasks.enqueuer `# followUp: what a request leaves behind (functions/src/followUps)` \
  roles/run.invoker `# Cloud Tasks calls followUp with this account's OIDC token`; do
  gc projects add-iam-policy-binding "$PROJECT" --member="serviceAccount:$SA" --role="$role" --condition=None >/dev/null
done
# createCustomToken signs with the account's own key through IAM signBlob: Token Creator on itself only.
# Enqueuing a task that calls back as itself needs actAs on itself.
for role in roles/iam.serviceAccountTokenCreator roles/iam.serviceAccountUser; do
  gc iam service-accounts add-iam-policy-binding "$SA" --member="serviceAccount:$SA" --role="$role" >/dev/null
done

say "Secrets (values asked now, never written to disk); the account may read these two only"
for secret in LOGIN_HASH_KEY SMTP_URL; do
  if ! gc secrets describe "$secret" >/dev/null 2>&1; then
    gc secrets create "$secret" --replication-policy=user-managed --locations="$REGION"
    if [[ "$secret" == LOGIN_HASH_KEY ]]; then
      # 32 random bytes; it can never change (docs/deploy.md "LOGIN_HASH_KEY").
      head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n' | gc secrets versions add "$secret" --data-file=-
    else
      read -r -s -p "SMTP_URL (smtps://user:password@host:465 or smtp://user:password@host:587): " value && echo
      printf '%s' "$value" | gc secrets versions add "$secret" --data-file=-
    fi
  fi
  gc secrets add-iam-policy-binding "$secret" --member="serviceAccount:$SA" --role=roles/secretmanager.secretAccessor >/dev/null
done

token() { gcloud auth print-access-token; }
api() {
  curl -fsS -X "$1" "https://identitytoolkit.googleapis.com$2" -H "Authorization: Bearer $(token)" \
    -H "X-Goog-User-Project: $PROJECT" -H 'Content-Type: application/json' ${3:+--data "$3"}
}

say "Identity Platform: no password provider, no sign-up, no anonymous users (sessions come only from custom tokens)"
api POST "/v2/projects/$PROJECT/identityPlatform:initializeAuth" '{}' >/dev/null 2>&1 || true # already initialised
api PATCH "/admin/v2/projects/$PROJECT/config?updateMask=signIn.email.enabled,signIn.anonymous.enabled,signIn.phoneNumber.enabled,client.permissions.disabledUserSignup,client.permissions.disabledUserDeletion,authorizedDomains" \
  "{\"signIn\":{\"email\":{\"enabled\":false},\"anonymous\":{\"enabled\":false},\"phoneNumber\":{\"enabled\":false}},
    \"client\":{\"permissions\":{\"disabledUserSignup\":true,\"disabledUserDeletion\":true}},
    \"authorizedDomains\":[${AUTHORIZED_DOMAINS%,}]}" >/dev/null

say "The web app's API key: Identity Toolkit and Secure Token only, from ${HOSTS[*]} only"
KEY=$(gc services api-keys list --filter='displayName~"Browser key"' --format='value(name)' | head -n 1)
if [[ -z "$KEY" ]]; then
  echo "No browser key yet: add a web app in the Firebase console (Project settings → Your apps), then run this again." >&2
  exit 1
fi
gc services api-keys update "$KEY" \
  --api-target=service=identitytoolkit.googleapis.com --api-target=service=securetoken.googleapis.com \
  --allowed-referrers="${REFERRERS%,}"
echo "VITE_FIREBASE_API_KEY=$(gc services api-keys get-key-string "$KEY" --format='value(keyString)')  # for web/.env.$PROJECT"

say "Done. Next: docs/deploy.md step 3 (web/.env.$PROJECT with the key above), then npm run deploy -- --project $PROJECT"
