// Development/test environment: one small instance is enough to try the app in a test tenant.
// Secrets are never written here: pass botAppPassword on the command line or set it in Key Vault (docs/deploy.md).
using 'main.bicep'

param environmentName = 'dev'
param botAppId = readEnvironmentVariable('BOT_ID', '00000000-0000-0000-0000-000000000000')
param botAppType = 'SingleTenant'
param instanceCount = 1
param appServiceSku = 'B1'
param botSku = 'F0'
param operatorPrincipalId = readEnvironmentVariable('AZURE_OPERATOR_OBJECT_ID', '')
param botAppPassword = readEnvironmentVariable('SECRET_BOT_PASSWORD', '')
