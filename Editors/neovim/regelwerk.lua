-- Regelwerk in Neovim: bestandssoort, commentaar, inspringen en de taalserver 'regelwerk lsp'.
-- Zet dit bestand in ~/.config/nvim/plugin/ (of laad het vanuit init.lua met dofile).
-- Neovim 0.11 en later: vim.lsp.config/vim.lsp.enable; ouder (0.8-0.10): vim.lsp.start per buffer.

vim.filetype.add({ extension = { regels = 'regelwerk' } })

vim.api.nvim_create_autocmd('FileType', {
  pattern = 'regelwerk',
  callback = function(args)
    vim.bo[args.buf].commentstring = '# %s'
    vim.bo[args.buf].shiftwidth = 2
    vim.bo[args.buf].expandtab = true
  end,
})

local config = {
  cmd = { 'regelwerk', 'lsp' },
  filetypes = { 'regelwerk' },
  -- De map met het projectbestand (.regelwerk) is de werkruimte; anders de git-map.
  root_markers = { '.regelwerk', '.git' },
}

if vim.lsp.config then
  vim.lsp.config('regelwerk', config)
  vim.lsp.enable('regelwerk')
else
  vim.api.nvim_create_autocmd('FileType', {
    pattern = 'regelwerk',
    callback = function(args)
      local gevonden = vim.fs.find(config.root_markers, { upward = true, path = vim.fs.dirname(vim.api.nvim_buf_get_name(args.buf)) })[1]
      local root = gevonden and vim.fs.dirname(gevonden) or vim.fn.getcwd()
      vim.lsp.start({ name = 'regelwerk', cmd = config.cmd, root_dir = root })
    end,
  })
end

-- Opmaken bij opslaan (= regelwerk fmt), via de taalserver.
vim.api.nvim_create_autocmd('BufWritePre', {
  pattern = '*.regels',
  callback = function(args) vim.lsp.buf.format({ bufnr = args.buf, name = 'regelwerk' }) end,
})
