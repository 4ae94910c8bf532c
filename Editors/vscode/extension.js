// De client van de VS Code-extensie: start 'regelwerk lsp' en laat vscode-languageclient het protocol doen.
// Al het werk (meldingen, uitleg, aanvullen, opmaak) gebeurt in de server; hier staat alleen hoe hij start.
'use strict';

const { workspace } = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

function activate(context) {
  const instellingen = workspace.getConfiguration('regelwerk');
  const args = ['lsp'];
  const taal = instellingen.get('taal');
  if (taal) args.push('--lang', taal);
  const server = { command: instellingen.get('pad') || 'regelwerk', args, transport: TransportKind.stdio };
  const opties = {
    documentSelector: [{ scheme: 'file', language: 'regelwerk' }],
    // Een regelbestand of het projectbestand dat buiten de editor verandert, wordt opnieuw gelezen.
    synchronize: { fileEvents: workspace.createFileSystemWatcher('**/{*.regels,.regelwerk}') },
  };
  client = new LanguageClient('regelwerk', 'Regelwerk', server, opties);
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
