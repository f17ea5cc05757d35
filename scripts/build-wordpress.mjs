console.log('WordPress kit: not built yet');
