/** Renderers that draw on the CPU: there a frame costs far more, most of all with multisampling. */
const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|software/i

let answer: boolean | undefined

/**
 * Whether WebGL draws in software here, asked of a throwaway context before the real one is made
 * (antialiasing is chosen when a context is created). Unknown counts as hardware. Asked once: the
 * page's entry asks while the rest of the page loads, when its thread has nothing else to do.
 */
export function softwareRendering(): boolean {
  answer ??= askRenderer()
  return answer
}

function askRenderer(): boolean {
  const gl = document.createElement('canvas').getContext('webgl2')
  if (!gl) return false
  const info = gl.getExtension('WEBGL_debug_renderer_info')
  const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER))
  gl.getExtension('WEBGL_lose_context')?.loseContext()
  return SOFTWARE_RENDERERS.test(renderer)
}
