// Key Vault with RBAC authorization (no access policies). It holds:
//   bot-app-password      the Azure Bot's Entra app secret (App Service Key Vault reference -> Bot__MicrosoftAppPassword)
//   graph-client-secret   the Microsoft Graph app secret, when Graph is used (-> AzureAd__ClientCredentials__0__ClientSecret)
//   <keyRingCertificate>  the certificate that encrypts the Data Protection key ring (created with az, see docs/deploy.md)
param name string
param location string
param tags object
param tenantId string
@description('Principal id of the app\'s managed identity.')
param appPrincipalId string
@description('Object id of the person or pipeline that creates the certificate and secrets; empty for none.')
param operatorPrincipalId string
@secure()
@description('The bot\'s app secret; empty leaves the secret to be set with az keyvault secret set.')
param botAppPassword string
@secure()
@description('The Graph app secret; empty when Graph is not used or the secret is set by hand.')
param graphClientSecret string

var secretsUser = '4633458b-17de-408a-b874-0445c86b69e6'
var certificateUser = 'db79e9a7-68ee-4b58-9aeb-b90e7c24fcba'
var administrator = '00482a5a-887f-4fb3-b363-3b7fe8e74483'

resource vault 'Microsoft.KeyVault/vaults@2024-11-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

resource botSecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = if (!empty(botAppPassword)) {
  parent: vault
  name: 'bot-app-password'
  properties: { value: botAppPassword }
}

resource graphSecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = if (!empty(graphClientSecret)) {
  parent: vault
  name: 'graph-client-secret'
  properties: { value: graphClientSecret }
}

// The app reads secrets (Key Vault references) and downloads the key-ring certificate with its private key.
resource appSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, appPrincipalId, secretsUser)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsUser)
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource appCertificates 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, appPrincipalId, certificateUser)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', certificateUser)
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource operator 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(operatorPrincipalId)) {
  scope: vault
  name: guid(vault.id, operatorPrincipalId, administrator)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', administrator)
    principalId: operatorPrincipalId
  }
}

output name string = vault.name
output uri string = vault.properties.vaultUri
