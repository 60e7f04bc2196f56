// Log Analytics + workspace-based Application Insights: the bot exports traces and metrics with OpenTelemetry
// (Azure Monitor exporter) when APPLICATIONINSIGHTS_CONNECTION_STRING is set.
@description('Name prefix, e.g. snowchatops-dev.')
param prefix string
param location string
param tags object
@minValue(30)
@maxValue(730)
param retentionInDays int

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: 'log-${prefix}'
  location: location
  tags: tags
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: retentionInDays
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: 'appi-${prefix}'
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    IngestionMode: 'LogAnalytics'
  }
}

output workspaceId string = workspace.id
output connectionString string = insights.properties.ConnectionString
