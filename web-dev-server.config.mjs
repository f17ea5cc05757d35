// `npm start`: serves the repository on 127.0.0.1 (the demo uses dist/ and demo/) and says
// where the demo is.
export default {
  rootDir: '.',
  hostname: '127.0.0.1',
  port: Number(process.env.PORT ?? 8000),
  plugins: [
    {
      name: 'pekso-demo-address',
      serverStart({ config }) {
        console.log(`\npekso demo: http://${config.hostname}:${config.port}/demo/\n(Ctrl+C to stop)`);
      },
    },
  ],
};
