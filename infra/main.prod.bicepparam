// Production: three instances behind one endpoint, all sharing one Storage account and one key ring.
// Secrets are never written here: pass botAppPassword on the command line or set it in Key Vault (docs/deploy.md).
using 'main.bicep'

param environmentName = 'prod'
param botAppId = readEnvironmentVariable('BOT_ID', '00000000-0000-0000-0000-000000000000')
param botAppType = 'SingleTenant'
param instanceCount = 3
param appServiceSku = 'P0v3'
param botSku = 'S1'
param logRetentionInDays = 90
param operatorPrincipalId = readEnvironmentVariable('AZURE_OPERATOR_OBJECT_ID', '')
param botAppPassword = readEnvironmentVariable('SECRET_BOT_PASSWORD', '')
param graphClientId = readEnvironmentVariable('GRAPH_CLIENT_ID', '')
param graphClientSecret = readEnvironmentVariable('SECRET_GRAPH_CLIENT_SECRET', '')
param adminUserObjectIds = empty(readEnvironmentVariable('ADMIN_USER_OBJECT_ID', '')) ? [] : [ readEnvironmentVariable('ADMIN_USER_OBJECT_ID', '') ]
