// The Azure Bot registration with the Microsoft Teams channel. The Entra app registration behind it (msaAppId) is
// created beforehand with az ad app create (docs/deploy.md): Bicep cannot create Entra applications.
param name string
param tags object
param appId string
@allowed([ 'SingleTenant', 'MultiTenant' ])
param appType string
param tenantId string
param messagingEndpoint string
@allowed([ 'F0', 'S1' ])
param sku string

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: { name: sku }
  properties: {
    displayName: 'SnowChatOps'
    endpoint: messagingEndpoint
    msaAppId: appId
    msaAppType: appType
    msaAppTenantId: appType == 'SingleTenant' ? tenantId : null
    isStreamingSupported: false
    schemaTransformationVersion: '1.3'
    description: 'ServiceNow change and incident management in Microsoft Teams'
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

output name string = bot.name
output teamsChannel string = teams.name
