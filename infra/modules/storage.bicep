// The one Storage account every instance shares: all state lives in its tables (conversations, connections,
// sign-ins, claims, tracking, the Data Protection key ring). No account key is used: shared-key access is off and
// the app reaches the table endpoint with its managed identity (Storage Table Data Contributor).
param name string
param location string
param tags object
@description('Principal id of the app\'s managed identity.')
param appPrincipalId string

// Storage Table Data Contributor: read/write entities and create the tables on first use.
var tableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'

resource account 'Microsoft.Storage/storageAccounts@2024-01-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: { name: 'Standard_ZRS' }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    publicNetworkAccess: 'Enabled'
  }
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices@2024-01-01' = {
  parent: account
  name: 'default'
}

resource appTableAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: account
  name: guid(account.id, appPrincipalId, tableDataContributor)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', tableDataContributor)
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
  }
}

output tableEndpoint string = account.properties.primaryEndpoints.table
output name string = account.name
