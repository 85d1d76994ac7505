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
