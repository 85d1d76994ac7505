import { describe, expect, it } from 'vitest'
import { toMarkdown } from './table.js'

describe('Markdown tables', () => {
  it('writes HTML and Markdown in the title and the cells as text', () => {
    const markdown = toMarkdown(
      { columns: ['a', 'b'], rows: [['<b>&amp;</b>', '*x* _y_ `z` [l](u) | # ~s~ $m$ \\']] },
      'Cut list: <img src=x onerror=alert(1)> [a](b) # *c*',
    )
    expect(markdown.split('\n')).toEqual([
      '# Cut list: &lt;img src=x onerror=alert(1)&gt; \\[a\\](b) \\# \\*c\\*',
      '',
      '| a | b |',
      '|---|---|',
      '| &lt;b&gt;&amp;amp;&lt;/b&gt; | \\*x\\* \\_y\\_ \\`z\\` \\[l\\](u) \\| \\# \\~s\\~ \\$m\\$ \\\\ |',
      '',
    ])
  })

  it('keeps the title and each row on one line', () => {
    const markdown = toMarkdown({ columns: ['a'], rows: [['one\ntwo\r\nthree\u2028four\u0000']] }, 'T\n# Injected')
    expect(markdown.split('\n')).toEqual(['# T \\# Injected', '', '| a |', '|---|', '| one two  three four  |', ''])
  })

  it('leaves plain names and notes as they are', () => {
    const table = { columns: ['item', 'notes'], rows: [['rod-8mm', 'x axis; 2 pieces (cut 381.0 mm)']] }
    expect(toMarkdown(table, 'Cut list: D3D 1 m cube')).toBe(
      '# Cut list: D3D 1 m cube\n\n| item | notes |\n|---|---|\n| rod-8mm | x axis; 2 pieces (cut 381.0 mm) |\n',
    )
  })
})
