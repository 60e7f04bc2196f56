// SnowChatOps on Azure: one resource group holding the Azure Bot (Teams channel), App Service with several
// instances, one Storage account (tables), Key Vault (bot secret, Graph secret, key-ring certificate), a
// user-assigned managed identity with RBAC on Storage and Key Vault, Log Analytics and Application Insights.
// Deploy: az deployment group create -g <rg> -f infra/main.bicep -p infra/main.<env>.bicepparam (docs/deploy.md).
targetScope = 'resourceGroup'

@description('Short environment name (dev, test, prod); part of every resource name.')
@minLength(2)
@maxLength(8)
param environmentName string

@description('Azure region for everything but the bot registration (which is global).')
param location string = resourceGroup().location

@description('Client id of the Entra app registration the Azure Bot uses (az ad app create).')
param botAppId string

@allowed([ 'SingleTenant', 'MultiTenant' ])
param botAppType string = 'SingleTenant'

@description('Tenant of the bot app registration (SingleTenant) and of Graph.')
param tenantId string = tenant().tenantId

@secure()
@description('The bot app registration\'s client secret, written to Key Vault as bot-app-password; empty to set it with az later.')
param botAppPassword string = ''

@minValue(1)
@maxValue(10)
@description('How many App Service instances run the bot; all share one Storage account.')
param instanceCount int = 3

@description('App Service plan SKU (P0v3 or larger for several instances).')
param appServiceSku string = 'P0v3'

@allowed([ 'F0', 'S1' ])
param botSku string = 'S1'

@description('Entra object ids of the users who may connect and configure ServiceNow.')
param adminUserObjectIds array = []

@description('Entra object ids of groups whose (transitive) members may connect and configure ServiceNow.')
param adminGroupObjectIds array = []

@description('Client id of the Graph app registration (SecurityEvents.Read.All, GroupMember.Read.All; SecurityEvents.ReadWrite.All for Secure Score write-back); empty = offline catalog.')
param graphClientId string = ''

@secure()
@description('The Graph app registration\'s client secret, written to Key Vault as graph-client-secret.')
param graphClientSecret string = ''

@description('Name of the Key Vault certificate that encrypts the Data Protection key ring.')
param keyRingCertificateName string = 'keyring-protection'

@description('Object id of whoever creates the certificate and secrets (az ad signed-in-user show --query id -o tsv).')
param operatorPrincipalId string = ''

@minValue(30)
@maxValue(730)
param logRetentionInDays int = 30

var prefix = 'snowchatops-${environmentName}'
var suffix = uniqueString(resourceGroup().id, environmentName)
var tags = { application: 'SnowChatOps', environment: environmentName }

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-${prefix}'
  location: location
  tags: tags
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: { prefix: prefix, location: location, tags: tags, retentionInDays: logRetentionInDays }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: { name: take('st${suffix}', 24), location: location, tags: tags, appPrincipalId: identity.properties.principalId }
}

module vault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    name: take('kv-${environmentName}-${suffix}', 24)
    location: location
    tags: tags
    tenantId: tenantId
    appPrincipalId: identity.properties.principalId
    operatorPrincipalId: operatorPrincipalId
    botAppPassword: botAppPassword
    graphClientSecret: graphClientSecret
  }
}

module app 'modules/app.bicep' = {
  name: 'app'
  params: {
    prefix: prefix
    location: location
    tags: tags
    instanceCount: instanceCount
    skuName: appServiceSku
    identityId: identity.id
    identityClientId: identity.properties.clientId
    settings: appSettings
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: 'bot-${prefix}-${suffix}'
    tags: tags
    appId: botAppId
    appType: botAppType
    tenantId: tenantId
    messagingEndpoint: 'https://${app.outputs.hostName}/api/messages'
    sku: botSku
  }
}

var vaultName = vault.outputs.name
var botSettings = {
  ASPNETCORE_ENVIRONMENT: 'Production'
  Bot__MicrosoftAppId: botAppId
  Bot__MicrosoftAppType: botAppType
  Bot__MicrosoftAppTenantId: botAppType == 'SingleTenant' ? tenantId : ''
  Bot__MicrosoftAppPassword: '@Microsoft.KeyVault(VaultName=${vaultName};SecretName=bot-app-password)'
  Storage__TableServiceUri: storage.outputs.tableEndpoint
  Secrets__KeyVaultUri: vault.outputs.uri
  Secrets__KeyRingCertificateName: keyRingCertificateName
  APPLICATIONINSIGHTS_CONNECTION_STRING: monitoring.outputs.connectionString
  SecureScore__Source: empty(graphClientId) ? 'OfflineCatalog' : 'Graph'
}
var graphSettings = empty(graphClientId) ? {} : {
  AzureAd__Instance: environment().authentication.loginEndpoint
  AzureAd__TenantId: tenantId
  AzureAd__ClientId: graphClientId
  AzureAd__ClientCredentials__0__SourceType: 'ClientSecret'
  AzureAd__ClientCredentials__0__ClientSecret: '@Microsoft.KeyVault(VaultName=${vaultName};SecretName=graph-client-secret)'
}
// Empty ids are dropped: the toolkit's parameters file passes [ "${{ADMIN_USER_OBJECT_ID}}" ], empty until set.
var adminUsers = filter(adminUserObjectIds, id => !empty(id))
var adminGroups = filter(adminGroupObjectIds, id => !empty(id))
var adminSettings = union(
  toObject(range(0, length(adminUsers)), i => 'Admins__UserObjectIds__${i}', i => adminUsers[i]),
  toObject(range(0, length(adminGroups)), i => 'Admins__GroupObjectIds__${i}', i => adminGroups[i]))
var appSettings = union(botSettings, graphSettings, adminSettings)

// Names follow the Agents Toolkit convention: arm/deploy writes each output into env/.env.<environment>.
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = app.outputs.id
output BOT_DOMAIN string = app.outputs.hostName
output BOT_ENDPOINT string = 'https://${app.outputs.hostName}'
output AZURE_BOT_NAME string = bot.outputs.name
output AZURE_KEY_VAULT_NAME string = vaultName
output AZURE_KEY_VAULT_URI string = vault.outputs.uri
output AZURE_STORAGE_TABLE_ENDPOINT string = storage.outputs.tableEndpoint
output AZURE_MANAGED_IDENTITY_CLIENT_ID string = identity.properties.clientId
output AZURE_LOG_ANALYTICS_WORKSPACE_ID string = monitoring.outputs.workspaceId
