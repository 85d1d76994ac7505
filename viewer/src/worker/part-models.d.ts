/** The address of the printed parts' models shipped with the viewer (viewer/part-models-plugin.ts). */
declare module 'virtual:part-models' {
  const url: string
  export default url
}

/** The address of the presets' drawn meshes shipped with the viewer (viewer/part-models-plugin.ts). */
declare module 'virtual:drawn-meshes' {
  const url: string
  export default url
}

/** The address of each preset's first scene shipped with the viewer, by the preset's spec as canonical JSON. */
declare module 'virtual:shipped-scenes' {
  const urls: Readonly<Record<string, string>>
  export default urls
}
