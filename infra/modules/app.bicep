// App Service (Linux, .NET) running several instances of the bot behind one endpoint. Every instance shares the
// Storage account and the key ring; the platform health check takes an instance out of rotation when /healthz
// fails. The app runs as a user-assigned managed identity, which also resolves the Key Vault references below.
param prefix string
param location string
param tags object
@minValue(1)
@maxValue(10)
param instanceCount int
param skuName string
param identityId string
param identityClientId string
param settings object

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: 'asp-${prefix}'
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: skuName
    capacity: instanceCount
  }
  properties: {
    reserved: true
    zoneRedundant: false
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: 'app-${prefix}'
  location: location
  tags: union(tags, { 'azd-service-name': 'bot' })
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityId}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      healthCheckPath: '/healthz'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      webSocketsEnabled: false
    }
  }
}

// Separate from the site so the settings can name the site's own host (the OAuth redirect base).
resource appSettings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: site
  name: 'appsettings'
  properties: union(settings, {
    AzureIdentity__ManagedIdentityClientId: identityClientId
    Connection__PublicBaseUrl: 'https://${site.properties.defaultHostName}'
  })
}

resource basicPublishingFtp 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'ftp'
  properties: { allow: false }
}

output name string = site.name
output id string = site.id
output hostName string = site.properties.defaultHostName
